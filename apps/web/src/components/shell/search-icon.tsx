/** The magnifying glass of the search button and the palette's field. */
export function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
      <path d="M8.5 3a5.5 5.5 0 0 1 4.4 8.8l3.9 3.9-1.4 1.4-3.9-3.9A5.5 5.5 0 1 1 8.5 3Zm0 2a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z" />
    </svg>
  );
}
