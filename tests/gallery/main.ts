import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import type { Topology } from 'topojson-specification';
import { GOLDEN_PROGRAMS } from '../support/golden-programs';

const committed = import.meta.glob('../golden/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const topology = (await (await fetch('/data/osce-map.topo.json')).json()) as Topology;
const gallery = document.getElementById('gallery');
for (const [name, program] of Object.entries(GOLDEN_PROGRAMS)) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = name;
  const pair = document.createElement('div');
  pair.className = 'pair';
  const live = program({ document, topology });
  const file = committed[`../golden/${name}.svg`];
  const image = document.createElement('img');
  image.alt = `${name}.svg as committed`;
  if (file) image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file)}`;
  else {
    heading.classList.add('differs');
    heading.textContent = `${name}: no committed golden`;
  }
  pair.append(live, image);
  section.append(heading, pair);
  gallery?.append(section);
}
