// A list of posts
const List = ({ posts, onPick }) => {
  if (!posts.length) return <p className="empty">No posts</p>;
  return (
    <ul>
      {posts.map(p => (
        <li key={p.id} onClick={() => onPick(p)}>
          <Link.Item to={`/posts/${p.slug}`}>{p.title}</Link.Item> &mdash; {p.date}
        </li>
      ))}
      <br />
    </ul>
  );
};
