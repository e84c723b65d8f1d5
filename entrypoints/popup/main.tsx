import { render } from 'preact';

function Popup() {
  return <main><h1>LoanLens</h1><p>No audit yet. 尚未审查任何协议。</p></main>;
}

render(<Popup />, document.getElementById('app')!);
