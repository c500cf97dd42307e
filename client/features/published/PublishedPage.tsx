/** Placeholder until the public page of a published plan is built. */
export function PublishedPage({ token: _token }: { token: string }) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>Published plan</h1>
    </main>
  );
}
