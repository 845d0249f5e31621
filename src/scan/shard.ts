/** A stable share of the files for one shard: by a hash of the path, never by the listing order. */
export function shardOf(shard: { index: number; count: number }): (file: string) => boolean {
  return (file) => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193);
    return (hash >>> 0) % shard.count === shard.index - 1;
  };
}
