// A pure test that asserts nothing proves nothing: it fails instead of passing quietly.
beforeEach(() => {
  expect.hasAssertions();
});
