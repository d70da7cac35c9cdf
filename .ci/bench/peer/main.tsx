// The peer: Rungs' quick assessment as a SurveyJS form, written the way its React guide sets one up (Model +
// <Survey>, the default theme CSS). The theme is SurveyJS's "fontless" build of that same default theme: the plain
// one pulls Open Sans from fonts.gstatic.com, which Rungs (system fonts, nothing sent anywhere) would never do and
// which fails offline as a console error that is not the peer's real behaviour on a host. Progress is kept in
// localStorage, SurveyJS's documented way to resume, so a reload lands on the saved page just as Rungs resumes a
// session: that is how the bench opens a question screen.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.css';
import surveyJson from 'virtual:peer-survey';

const PROGRESS_KEY = 'peer-survey-progress';

const survey = new Model(surveyJson);

try {
  const saved: unknown = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');
  if (saved && typeof saved === 'object' && 'data' in saved && 'pageNo' in saved) {
    survey.data = saved.data;
    if (typeof saved.pageNo === 'number') survey.currentPageNo = saved.pageNo;
  }
} catch {
  // Unreadable progress starts the form afresh, as a first visit would.
}

const saveProgress = () => localStorage.setItem(PROGRESS_KEY, JSON.stringify({ data: survey.data, pageNo: survey.currentPageNo }));
survey.onValueChanged.add(saveProgress);
survey.onCurrentPageChanged.add(saveProgress);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Survey model={survey} />
  </StrictMode>,
);
