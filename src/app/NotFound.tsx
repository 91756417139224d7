import { useLocation } from 'react-router';
import { quote } from '../state/params.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

export function NotFound() {
  const location = useLocation();
  useDocumentTitle('No such page');
  return (
    <div className="error-panel" role="alert">
      <h1>No such page</h1>
      <p>
        The link points to {quote(location.pathname)}, which is not a page of Blue Helmets. Choose a view from
        the menu above, or <a href="#/">go to the overview</a>.
      </p>
    </div>
  );
}
