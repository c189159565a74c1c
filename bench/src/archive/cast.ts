import type { Random } from '../../../src/lib/train/random.ts';
import { createZipf, type ZipfSampler } from './zipf.ts';

const firstNames: readonly string[] = Object.freeze(
  ('Anna Ahmed Maria John Fatima Li Olga Pierre Carlos Aisha Hans Yuki Priya Samuel Elena Omar ' +
    'Grace Ivan Sofia Mehmet Laura Kwame Chen Ines Daniel Amira Peter Lucia Rahul Nadia David ' +
    'Marta Tomas Leila Jorge Hannah Sergei Zainab Michael Rosa Kenji Amina Paul Irina Diego ' +
    'Sarah Ali Julia Victor Noura Martin Ana Hassan Claire Emeka Katarzyna Luis Mariam James ' +
    'Oksana Felipe Helen Yusuf Chloe Andrei Lina Robert Esther Karim Beatriz Thomas Mei Adrian')
    .split(' '),
);
const lastNames: readonly string[] = Object.freeze(
  ('Okafor Petrov Garcia Nakamura Haddad Schmidt Kowalski Silva Mensah Ivanova Dubois Rossi ' +
    'Yilmaz Kumar Novak Hernandez Andersson Tanaka Moreau Ahmadi Fischer Costa Nguyen Mwangi ' +
    'Popescu Santos Larsen Cohen Ortiz Kaya Jensen Bianchi Morales Abbas Richter Papadopoulos ' +
    'Horvat Murphy Kim Demir Castillo Bauer Ferrari Oyelaran Lindqvist Moretti Volkov Sato ' +
    'Ramirez Farouk Keller Novotny Brennan Achebe Szabo Marin Holm Vargas Reyes Walsh Osei ' +
    'Lefebvre Sokolov Aziz Hoffmann Romano Delgado Mendes Barros Nilsen Kovacs Yamamoto Erdem')
    .split(' '),
);
const placeStems: readonly string[] = Object.freeze(
  ('Ar Bel Cor Dal Esk Fen Gal Har Ist Kal Lor Mar Nor Os Pel Quar Ros Sal Tal Ul Val Wes Yar Zan ' +
    'Bran Cal Dor Ev Gor Hel Kor Lin Mer Nev Or Par Rav Sen Tor Ver')
    .split(' '),
);
const placeEndings: readonly string[] = Object.freeze('ia ton burg grad abad ville port sk ora en is mouth heim ana ova'.split(' '));

/** The people and places that recur across a synthetic archive, with how often each appears. */
export interface Cast {
  /** "Firstname Lastname", most often mentioned first. */
  readonly people: readonly string[];
  readonly peopleZipf: ZipfSampler;
  /** Place names, most often mentioned first. */
  readonly places: readonly string[];
  readonly placesZipf: ZipfSampler;
  /** Reporters who write bylines. */
  readonly reporters: readonly string[];
}

function distinct(count: number, make: () => string): string[] {
  const out = new Set<string>();
  for (let attempts = 0; out.size < count && attempts < count * 100; attempts += 1) out.add(make());
  return [...out];
}

/** A population of people, places and reporters that articles draw on with Zipf popularity. */
export function createCast(random: Random, options: { readonly people: number; readonly places: number }): Cast {
  const people = distinct(options.people, () => `${random.pick(firstNames)} ${random.pick(lastNames)}`);
  const places = distinct(options.places, () => random.pick(placeStems) + random.pick(placeStems).toLowerCase() + random.pick(placeEndings));
  const reporters = distinct(Math.max(20, Math.floor(options.people / 10)), () => `${random.pick(firstNames)} ${random.pick(lastNames)}`);
  return {
    people,
    peopleZipf: createZipf(people.length, 1),
    places,
    placesZipf: createZipf(places.length, 1),
    reporters,
  };
}
