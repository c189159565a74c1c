// Which lines the roles stage offers the role model for the headline and the body's first paragraph: the candidates,
// not the model's choice among them (that is fitted, and measured by `npm run eval`).
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/lib/normalize/index.ts';
import { featureNames } from '../../../src/lib/normalize/line-features.ts';
import { defaultRoleModel, type ModelRole, type RoleModel } from '../../../src/lib/normalize/role-model.ts';

const paragraph = (n: number): string =>
  `The council said on Tuesday that work on the new quay would begin in the spring, and that it expected the works to last for two years at most, as paragraph ${n} of the story says.`;
const lead = 'The city council approved the harbour plan on Tuesday after a long consultation with residents and businesses, ending two years of debate in the town.';
const header = ['Home', 'News', 'Council approves the new harbour plan after long talks', 'By Jane Example', '12 March 2024'];
const story = [1, 2, 3, 4, 5].map(paragraph);

/** The candidate lines (as texts) the model is offered for a role on a page of these lines. */
function candidates(lines: readonly string[], role: ModelRole): string[] {
  let offered: readonly number[] = [];
  normalize({ file: 'x.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) }, { observe: (r, c) => r === role && (offered = c) });
  return offered.map((i) => lines[i] ?? '');
}

describe('the body’s first paragraph is chosen among the first kept paragraphs and the text above a box inside the story', () => {
  test.each([
    { box: ['Advertisement', 'Related stories', 'Ferry timetable changes for the summer', 'New cycle lanes open on the seafront'], offered: true },
    { box: ['Sign up for our daily newsletter', 'Ferry timetable changes for the summer', 'New cycle lanes open on the seafront'], offered: true },
    { box: ['Ferry timetable changes for the summer', 'New cycle lanes open on the seafront', 'Ferry timetable changes for the winter', 'Old cycle lanes close on the seafront'], offered: false },
  ])('a lead above "$box.0" … is offered: $offered', ({ box, offered }) => {
    const offers = candidates([...header, lead, ...box, ...story], 'start');
    expect(offers.includes(lead)).toBe(offered);
    expect(offers).toContain(paragraph(1));
  });
});

describe('a lead chosen above a box is kept, with the text after it down to the box’s heading or links', () => {
  // A model that always chooses the first line of text above the first kept paragraph.
  const weights = featureNames.map((f) => (f === 'before first kept paragraph' ? 5 : 0));
  const model: RoleModel = { ...defaultRoleModel, roles: { ...defaultRoleModel.roles, start: { weights, none: -5 } } };
  const second = 'Residents who spoke at the meetings said they welcomed the plan, though several asked the council to keep the old slipway open for small boats.';

  test.each([
    { box: ['Advertisement', 'Related stories', 'Ferry timetable changes for the summer'], kept: [lead, second] },
    { box: ['Related stories', 'Ferry timetable changes for the summer', 'Advertisement'], kept: [lead, second] },
  ])('a lead and its next paragraph above "$box.0" … open the body', ({ box, kept }) => {
    const lines = [...header, lead, second, ...box, ...story];
    const record = normalize({ file: 'x.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) }, { model });
    expect(record.ok && record.article.body).toEqual([...kept, ...story]);
  });
});

describe('the headline is also looked for a little way into the run of prose, over its byline or date', () => {
  const pitch =
    'Delivered every morning by eight, our harbour briefing examines the latest news in the town, its politics and its people, and what they mean for you, with the week ahead in the council and the courts, the ferries and the weather, and the letters our readers send us about all of it.';
  const more = 'Each issue comes with a short guide to the week ahead in the town hall and the courts, the ferries and the tides, and a few of the letters that readers send in about all of it.';
  const headline = 'Council approves the new harbour plan after long talks';

  test.each([
    { under: ['By Jane Example', '12 March 2024'], offered: true },
    { under: ['12 March 2024'], offered: true },
    { under: [], offered: false }, // a subheading of the text, over no byline or date
  ])('a headline-shaped line after a sign-up pitch that reads as prose, over $under, is offered: $offered', ({ under, offered }) => {
    const lines = ['Home', 'News', 'Harbour Briefing', pitch, more, headline, ...under, ...story];
    expect(candidates(lines, 'title').includes(headline)).toBe(offered);
  });
});
