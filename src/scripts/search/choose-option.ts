/**
 * Choose a filter's option by value. A value the menu lacks is added when the menu is open to
 * more values than it lists (`data-open`: the name menus list only the names with the most
 * articles, and a name's page links to the search with its name set); elsewhere such a value
 * chooses the "any" option (value ''), rather than none at all.
 */
export function chooseOption(select: HTMLSelectElement, value: string): void {
  const listed = [...select.options].some((option) => option.value === value);
  if (!listed && value !== '' && select.dataset['open'] !== undefined) {
    select.add(new Option(value, value));
    select.value = value;
    return;
  }
  select.value = listed ? value : '';
}
