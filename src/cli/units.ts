/** How the CLI prints sizes and durations. */
export const fileSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const secondsSince = (start: number) => `${((Date.now() - start) / 1000).toFixed(1)} s`;
