import { expect, test } from 'vitest';
import { eventShapes, fixture, importFixtures, notice, property, spot } from './support.js';

const path = 'fixtures/importers/amplitude-csv/tracking-plan-events.csv';
const source = fixture(path);

test("Amplitude Data's export: events, their properties, property groups, activity and sources", () => {
  const { plan } = importFixtures([path], 'amplitude-csv');
  const artist = property('artist', ['string'], spot(source, 14, 'artist'), { required: true, description: 'Artist name' });
  expect(eventShapes(plan)).toEqual([
    {
      name: 'Song Played',
      description: 'A listener started a song.',
      owners: [],
      where: [],
      sources: ['web', 'ios'],
      at: spot(source, 2, 'Song Played'),
      properties: {
        song_id: property('song_id', ['string'], spot(source, 3, 'song_id'), { required: true, description: 'Catalog id of the song' }),
        position: property('position', ['integer'], spot(source, 4, 'position'), { description: 'Seconds into the song' }),
        genres: property('genres', ['array'], spot(source, 5, 'genres'), {
          description: 'Genres of the song',
          items: property('items', ['string'], spot(source, 5, 'genres'), { enum: ['pop', 'rock', 'jazz'] }),
        }),
        quality: property('quality', ['any'], spot(source, 6, 'quality'), { description: 'Streaming quality', enum: ['low', 'high'] }),
        artist,
      },
    },
    {
      name: 'Song Liked',
      description: 'A listener liked a song.',
      owners: [],
      where: [],
      sources: ['ios'],
      at: spot(source, 7, 'Song Liked'),
      properties: {
        source: property('source', ['any'], spot(source, 8, 'source'), { description: 'Where the like came from', enum: ['player'] }),
        artist,
      },
    },
    {
      name: 'Playlist Shared',
      description: 'A listener shared a playlist.',
      owners: [],
      where: [],
      sources: ['web'],
      deprecated: true,
      at: spot(source, 9, 'Playlist Shared'),
      properties: { playlist_id: property('playlist_id', ['string'], spot(source, 10, 'playlist_id'), { required: true }) },
    },
  ]);
});

test('lists the columns it cannot import and the rows marked Ignore', () => {
  expect(importFixtures([path], 'amplitude-csv').notices).toEqual([
    notice(spot(source, 1, 'Event Category'), 'column "Event Category" is not imported: the plan has no place for it'),
    notice(spot(source, 1, 'Tags'), 'column "Tags" is not imported: the plan has no place for it'),
    notice(spot(source, 1, 'Property Regex'), 'column "Property Regex" is not imported: the plan has no place for it'),
    notice(spot(source, 1, 'Event First Seen'), 'column "Event First Seen" is not imported: the plan has no place for it'),
    notice(spot(source, 1, 'Event Last Seen'), 'column "Event Last Seen" is not imported: the plan has no place for it'),
    notice(spot(source, 11, 'Debug Ping'), '"Debug Ping" is marked "Ignore" and is not imported'),
  ]);
});

test('the format is detected from the extension when --from is absent', () => {
  expect(eventShapes(importFixtures([path]).plan).map((event) => event.name)).toEqual(['Song Played', 'Song Liked', 'Playlist Shared']);
});
