import { Route, Routes } from 'react-router';
import { AssignmentList } from './AssignmentList';
import { ReentryPage } from './ReentryPage';
import { WorkspacePage } from './WorkspacePage';

/** Ruang Asesor: own assignments, one assignment's workspace, paper-form re-entry. */
export function AssessorRoomScreen() {
  return (
    <Routes>
      <Route index element={<AssignmentList />} />
      <Route path="reentry" element={<ReentryPage />} />
      <Route path=":assignmentId" element={<WorkspacePage />} />
    </Routes>
  );
}
