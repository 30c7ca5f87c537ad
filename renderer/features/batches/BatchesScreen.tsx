import { Route, Routes } from 'react-router';
import { BatchDetailPage } from './BatchDetailPage';
import { BatchListPage } from './BatchListPage';

/** Kegiatan Asesmen: the list (/batches) and one batch (/batches/<id>). */
export function BatchesScreen() {
  return (
    <Routes>
      <Route index element={<BatchListPage />} />
      <Route path=":id" element={<BatchDetailPage />} />
    </Routes>
  );
}
