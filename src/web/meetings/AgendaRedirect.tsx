/** /events/:id/agenda (the address in schedule e-mails) opens the agenda view of the meetings tab. */
import { Navigate, useParams } from 'react-router';

export default function AgendaRedirect() {
  const { id = '' } = useParams();
  return <Navigate replace to={`/events/${encodeURIComponent(id)}/meetings?view=agenda`} />;
}
