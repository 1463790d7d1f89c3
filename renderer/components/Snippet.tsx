/** A search snippet with its [[matches]] marked. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[\[.*?\]\])/g).filter((part) => part !== '');
  return (
    <span className="snippet">
      {parts.map((part, i) =>
        part.startsWith('[[') && part.endsWith(']]') ? <mark key={i}>{part.slice(2, -2)}</mark> : <span key={i}>{part}</span>,
      )}
    </span>
  );
}
