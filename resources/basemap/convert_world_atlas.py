#!/usr/bin/env python3
"""Converts Natural Earth 1:50m data from the npm package world-atlas (TopoJSON) into the compact
text files of HQ Tower's offline basemap:

  land-50m.txt     land polygons (from land-50m.json), one closed ring per line
  borders-50m.txt  land borders between countries (from countries-50m.json), one open polyline per line

Each line holds "lon,lat" pairs in degrees rounded to 0.01, separated by spaces; consecutive
duplicates are dropped; lines starting with '#' are comments. Rings are implicitly closed (the
first point is not repeated); a ring inside another one is a hole, so fill them odd-even.

Natural Earth is public domain (naturalearthdata.com); world-atlas (ISC licence) is only the
TopoJSON packaging. Written from the TopoJSON specification, Python 3 standard library only.

Re-run it (from the repository root; the output is the same byte for byte):
  (cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz)
  python3 resources/basemap/convert_world_atlas.py /tmp/package
The borders are the "mesh a != b" of the countries: every arc used by two different countries
(coastlines are used by one country only and are left out).
"""

import argparse
import json
import os
import sys

PACKAGE = "world-atlas@2.0.2"
DECIMALS = 2
# Land rings smaller than this (square degrees, after rounding) would be left out. 0 keeps every
# island: all of them together cost about 30 kB, so none is dropped today.
MIN_RING_AREA = 0.0


def decode_arcs(topology):
    """The arcs of a topology as lists of (lon, lat) in degrees.

    A quantized topology has a transform {scale, translate}; its arcs are delta-encoded: the first
    position is absolute (in quantized units) and every following one is a difference to the
    previous position. Without a transform the positions are plain coordinates.
    """
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = []
        if transform:
            sx, sy = transform["scale"]
            tx, ty = transform["translate"]
            qx = qy = 0
            for position in arc:
                qx += position[0]
                qy += position[1]
                points.append((qx * sx + tx, qy * sy + ty))
        else:
            points = [(position[0], position[1]) for position in arc]
        arcs.append(points)
    return arcs


def arc_points(arcs, index):
    """The points of arc `index`; a negative index ~i means arc i walked backwards."""
    if index < 0:
        return list(reversed(arcs[~index]))
    return arcs[index]


def join_arcs(arcs, indexes):
    """Concatenates arcs into one line; the last point of an arc is the first of the next one."""
    line = []
    for index in indexes:
        points = arc_points(arcs, index)
        line.extend(points[1:] if line else points)
    return line


def rounded(points):
    """Points rounded to DECIMALS, clamped to valid degrees, consecutive duplicates dropped."""
    out = []
    for lon, lat in points:
        point = (round(max(-180.0, min(180.0, lon)), DECIMALS), round(max(-90.0, min(90.0, lat)), DECIMALS))
        if not out or out[-1] != point:
            out.append(point)
    return out


def ring_area(ring):
    """Absolute area of a closed ring in square degrees (shoelace formula)."""
    total = 0.0
    for i, (x1, y1) in enumerate(ring):
        x2, y2 = ring[(i + 1) % len(ring)]
        total += x1 * y2 - x2 * y1
    return abs(total) / 2.0


def polygons_of(geometry):
    """The polygons (lists of rings, each a list of arc indexes) of a Polygon or MultiPolygon."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def geometries_of(topology, name):
    obj = topology["objects"][name]
    if obj.get("type") == "GeometryCollection":
        return obj["geometries"]
    return [obj]


def land_rings(topology):
    """Closed land rings (first point not repeated); returns (rings, dropped_small, dropped_degenerate)."""
    arcs = decode_arcs(topology)
    rings = []
    small = degenerate = 0
    for geometry in geometries_of(topology, "land"):
        for polygon in polygons_of(geometry):
            for ring_arcs in polygon:
                ring = rounded(join_arcs(arcs, ring_arcs))
                while len(ring) > 1 and ring[-1] == ring[0]:
                    ring.pop()
                if len(set(ring)) < 3:
                    degenerate += 1
                elif ring_area(ring) < MIN_RING_AREA:
                    small += 1
                else:
                    rings.append(ring)
    return rings, small, degenerate


def border_lines(topology):
    """Open polylines along the arcs shared by two different countries (a mesh with a != b)."""
    arcs = decode_arcs(topology)
    users = {}  # arc index -> set of country geometry numbers using it
    for number, geometry in enumerate(geometries_of(topology, "countries")):
        for polygon in polygons_of(geometry):
            for ring_arcs in polygon:
                for index in ring_arcs:
                    users.setdefault(index if index >= 0 else ~index, set()).add(number)
    shared = sorted(index for index, who in users.items() if len(who) >= 2)

    # Stitch shared arcs that meet end to end into longer lines, so a border is one line rather
    # than a run of short pieces (fewer lines, no repeated joint points).
    pieces = [list(arcs[index]) for index in shared]
    ends = {}  # endpoint -> piece numbers touching it
    for number, piece in enumerate(pieces):
        for end in (piece[0], piece[-1]):
            ends.setdefault(end, []).append(number)
    used = [False] * len(pieces)
    lines = []

    def extend(line):
        # Grow the line at its end while exactly one other unused piece continues it there and
        # the node is a plain joint (two pieces), not a meeting point of three countries.
        while True:
            tail = line[-1]
            touching = ends.get(tail, [])
            candidates = [n for n in touching if not used[n]]
            if len(touching) != 2 or len(candidates) != 1:
                return line
            number = candidates[0]
            used[number] = True
            piece = pieces[number]
            line.extend(piece[1:] if piece[0] == tail else list(reversed(piece))[1:])

    for number, piece in enumerate(pieces):
        if used[number]:
            continue
        used[number] = True
        line = extend(list(piece))
        line.reverse()
        line = extend(line)
        lines.append(line)

    out = []
    for line in lines:
        points = rounded(line)
        if len(points) >= 2:
            out.append(points)
    return out, len(shared)


def format_line(points):
    return " ".join("%s,%s" % (format_number(lon), format_number(lat)) for lon, lat in points)


def format_number(value):
    text = ("%.*f" % (DECIMALS, value)).rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def write(path, header, lines):
    with open(path, "w", encoding="ascii", newline="\n") as out:
        for comment in header:
            out.write("# " + comment + "\n")
        for points in lines:
            out.write(format_line(points) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", help="the unpacked world-atlas package folder (holds land-50m.json)")
    parser.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)),
                        help="output folder (default: next to this script)")
    args = parser.parse_args()

    with open(os.path.join(args.package, "land-50m.json"), encoding="utf-8") as file:
        land = json.load(file)
    with open(os.path.join(args.package, "countries-50m.json"), encoding="utf-8") as file:
        countries = json.load(file)

    script = "resources/basemap/convert_world_atlas.py"
    source = "Natural Earth v4.1.0 as TopoJSON in npm %s; made by %s" % (PACKAGE, script)
    rings, small, degenerate = land_rings(land)
    left_out = "%d degenerate ring(s) (under 3 distinct points after rounding)" % degenerate
    if small:
        left_out += " and %d rings under %g square degrees (small islands)" % (small, MIN_RING_AREA)
    write(os.path.join(args.out, "land-50m.txt"), [
        "Natural Earth 1:50m land, public domain, naturalearthdata.com",
        source + ".",
        "From land-50m.json: %d rings; %s left out." % (len(rings), left_out),
        "One ring per line: \"lon,lat\" pairs in degrees rounded to 0.01, separated by spaces,",
        "implicitly closed. A ring inside another one is a hole (the Caspian Sea): fill odd-even.",
    ], rings)

    lines, shared = border_lines(countries)
    write(os.path.join(args.out, "borders-50m.txt"), [
        "Natural Earth 1:50m land borders between countries (Admin 0), public domain, naturalearthdata.com",
        source + ".",
        "From countries-50m.json: the %d arcs shared by two different countries, as %d lines." % (shared, len(lines)),
        "One open polyline per line: \"lon,lat\" pairs in degrees rounded to 0.01, separated by spaces.",
    ], lines)

    for name in ("land-50m.txt", "borders-50m.txt"):
        path = os.path.join(args.out, name)
        print("%s: %d bytes" % (path, os.path.getsize(path)), file=sys.stderr)
    print("land: %d rings (%d small, %d degenerate left out); borders: %d lines from %d arcs"
          % (len(rings), small, degenerate, len(lines), shared), file=sys.stderr)


if __name__ == "__main__":
    main()
