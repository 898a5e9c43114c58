type Props<T> = { items: T[]; render?: (item: T) => JSX.Element };

export function List<T,>({ items, render }: Props<T>) {
  const first = items[0]?.toString() ?? "none";
  return <div title={first}>{items.map((x, i) => <span key={i}>{String(x)}</span>)}</div>;
}
