// The SurveyJS JSON that vite.config.ts builds from the pack at build time.
declare module 'virtual:peer-survey' {
  const survey: Record<string, unknown>;
  export default survey;
}
