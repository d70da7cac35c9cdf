import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CurrentRoleField, LevelOptions, roleFieldValue, roleFromField, YearsField } from '@/components/assessment-fields';
import { makeMiniPack } from '../fixtures/mini-pack';

const field = (name: string) => ({ name, onChange: vi.fn(async () => undefined), onBlur: vi.fn(async () => undefined), ref: vi.fn() });
const { levels } = makeMiniPack();

describe('current role', () => {
  it.each([null, undefined, 'two'])('should read back %s as the field holds it', (level) => {
    expect(roleFromField(roleFieldValue(level))).toBe(level ?? null);
  });

  it('should offer "Not yet a manager" first, then every level by its title', () => {
    render(<CurrentRoleField id="role" label="Your current role" levels={levels} field={field('currentLevel')} />);
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Not yet a manager', 'Level one', 'Level two', 'Level three']);
    expect(roleFromField((options[0] as HTMLOptionElement).value)).toBeNull();
    expect(screen.getByRole('combobox', { name: 'Your current role' })).toHaveValue(roleFieldValue(null));
  });
});

describe('YearsField', () => {
  it('should ask for a decimal keyboard and say nothing while the value is fine', () => {
    render(<YearsField id="years" field={field('years')} error={undefined} />);
    const input = screen.getByRole('textbox', { name: 'Years of experience in production (optional)' });
    expect(input).toHaveAttribute('inputmode', 'decimal');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAccessibleDescription();
  });

  it('should mark the field invalid and read its problem as its description', () => {
    render(<YearsField id="years" field={field('years')} error="Enter years as a number from 0 to 60, or leave it empty" />);
    const input = screen.getByRole('textbox', { name: 'Years of experience in production (optional)' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter years as a number from 0 to 60, or leave it empty');
  });
});

it('should list each level with its usual years as a target option', () => {
  render(
    <select aria-label="Target level">
      <LevelOptions levels={levels} />
    </select>,
  );
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Level one (0–3 years)', 'Level two (3–6 years)', 'Level three (6+ years)']);
});
