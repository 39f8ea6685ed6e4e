import json
import re
import sys
from pathlib import Path

LABELS = {"company", "government", "university", "research_institute", "park_or_zone", "media", "association", "other"}
HERE = Path(__file__).parent


def variants(p):
    out = [p]
    m = re.match(r"^(.*) Co Ltd$", p)
    if m:
        out += [m.group(1) + " Co., Ltd.", m.group(1) + " Co., Ltd"]
    elif re.search(r" Corp$", p):
        out += [p + ".", p[:-4] + "Corporation"]
    elif re.search(r" Corporation$", p):
        out += [p[:-11] + "Corp", p[:-11] + "Corp."]
    elif re.search(r" (Ltd|Inc|Co)$", p):
        out += [p + "."]
    if " Corp of " in p:
        out.append(p.replace(" Corp of ", " Corporation of "))
    res = []
    for v in out:
        res.append(v)
        if "'" in v:
            res.append(v.replace("'", "\u2019"))
    return res


# ---------------------------------------------------------------- generated
PROVINCES = [
    "Hebei",
    "Shanxi",
    "Liaoning",
    "Jilin",
    "Heilongjiang",
    "Jiangsu",
    "Zhejiang",
    "Anhui",
    "Fujian",
    "Jiangxi",
    "Shandong",
    "Henan",
    "Hubei",
    "Hunan",
    "Guangdong",
    "Hainan",
    "Sichuan",
    "Guizhou",
    "Yunnan",
    "Shaanxi",
    "Gansu",
    "Qinghai",
]
REGIONS = {  # short -> (slug, formal names)
    "Inner Mongolia": ("inner_mongolia", ["Inner Mongolia Autonomous Region"]),
    "Guangxi": ("guangxi", ["Guangxi Zhuang Autonomous Region"]),
    "Tibet": ("tibet", ["Tibet Autonomous Region", "Xizang Autonomous Region"]),
    "Xizang": ("tibet", []),
    "Ningxia": ("ningxia", ["Ningxia Hui Autonomous Region"]),
    "Xinjiang": ("xinjiang", ["Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"]),
}
MUNICIPALITIES = ["Beijing", "Tianjin", "Shanghai", "Chongqing"]
CITIES = [
    "Shenzhen",
    "Guangzhou",
    "Hangzhou",
    "Wuhan",
    "Chengdu",
    "Xi'an",
    "Nanjing",
    "Suzhou",
    "Qingdao",
    "Xiamen",
    "Hefei",
    "Zhengzhou",
    "Changsha",
    "Shenyang",
    "Dalian",
    "Ningbo",
    "Harbin",
    "Kunming",
    "Jinan",
    "Fuzhou",
    "Nanning",
    "Haikou",
    "Sanya",
    "Lanzhou",
    "Urumqi",
    "Hohhot",
    "Guiyang",
    "Changchun",
    "Shijiazhuang",
    "Taiyuan",
    "Nanchang",
    "Wuxi",
    "Dongguan",
    "Foshan",
    "Zhuhai",
    "Xining",
    "Yinchuan",
    "Lhasa",
    "Wenzhou",
    "Yantai",
    "Xuzhou",
    "Changzhou",
    "Nantong",
    "Quanzhou",
    "Tangshan",
    "Luoyang",
]
FTZ = [
    "Shanghai",
    "Guangdong",
    "Tianjin",
    "Fujian",
    "Liaoning",
    "Zhejiang",
    "Henan",
    "Hubei",
    "Chongqing",
    "Sichuan",
    "Shaanxi",
    "Hainan",
    "Shandong",
    "Jiangsu",
    "Guangxi",
    "Hebei",
    "Yunnan",
    "Heilongjiang",
    "Beijing",
    "Hunan",
    "Anhui",
    "Xinjiang",
]


def slug(s):
    return re.sub(r"[^a-z0-9]+", "_", s.lower().replace("'", "")).strip("_")


def generated():
    g = []  # (slug, label, [patterns])
    for p in PROVINCES:
        s = slug(p)
        g.append(
            (
                f"gov_{s}",
                "government",
                [
                    f"{p} Provincial People's Government",
                    f"People's Government of {p} Province",
                    f"{p} Provincial Government",
                    f"{p} provincial government",
                ],
            )
        )
        g.append(
            (
                f"commerce_{s}",
                "government",
                [
                    f"{p} Provincial Department of Commerce",
                    f"Department of Commerce of {p} Province",
                    f"{p} Department of Commerce",
                    f"{p} provincial department of commerce",
                ],
            )
        )
        g.append(
            (
                f"drc_{s}",
                "government",
                [
                    f"{p} Provincial Development and Reform Commission",
                    f"Development and Reform Commission of {p} Province",
                    f"{p} Development and Reform Commission",
                    f"{p} provincial development and reform commission",
                ],
            )
        )
    merged = {}
    for short, (s, formal) in REGIONS.items():
        m = merged.setdefault(s, {"gov": [], "com": [], "drc": []})
        m["gov"] += [
            f"{short} regional government",
            f"{short} Regional Government",
            f"{short} Autonomous Region government",
        ]
        m["com"] += [f"{short} Department of Commerce", f"{short} regional department of commerce"]
        m["drc"] += [f"{short} Development and Reform Commission"]
        for f in formal:
            m["gov"] += [
                f"{f} People's Government",
                f"People's Government of {f}",
                f"{f} government",
                f"{f} Government",
            ]
            m["com"] += [f"{f} Department of Commerce", f"Department of Commerce of {f}"]
            m["drc"] += [f"{f} Development and Reform Commission", f"Development and Reform Commission of {f}"]
    for s, m in merged.items():
        g.append((f"gov_{s}", "government", m["gov"]))
        g.append((f"commerce_{s}", "government", m["com"]))
        g.append((f"drc_{s}", "government", m["drc"]))
    for c in MUNICIPALITIES:
        s = slug(c)
        g.append(
            (
                f"gov_{s}",
                "government",
                [
                    f"{c} Municipal People's Government",
                    f"People's Government of {c} Municipality",
                    f"{c} Municipal Government",
                    f"{c} municipal government",
                ],
            )
        )
        g.append(
            (
                f"commerce_{s}",
                "government",
                [
                    f"{c} Municipal Commission of Commerce",
                    f"{c} Municipal Bureau of Commerce",
                    f"{c} Municipal Commerce Bureau",
                    f"{c} Commission of Commerce",
                    f"{c} municipal commission of commerce",
                    f"{c} municipal bureau of commerce",
                ],
            )
        )
        g.append(
            (
                f"drc_{s}",
                "government",
                [
                    f"{c} Municipal Development and Reform Commission",
                    f"{c} Municipal Commission of Development and Reform",
                    f"{c} Development and Reform Commission",
                    f"{c} municipal development and reform commission",
                ],
            )
        )
    for c in CITIES:
        s = slug(c)
        g.append(
            (
                f"gov_{s}",
                "government",
                [
                    f"{c} Municipal People's Government",
                    f"People's Government of {c} Municipality",
                    f"{c} Municipal Government",
                    f"{c} municipal government",
                    f"{c} city government",
                ],
            )
        )
    for p in FTZ:
        s = slug(p)
        g.append(
            (
                f"ftz_{s}",
                "park_or_zone",
                [
                    f"China ({p}) Pilot Free Trade Zone",
                    f"China ({p}) Free Trade Zone",
                    f"{p} Pilot Free Trade Zone",
                    f"{p} pilot free trade zone",
                    f"{p} Free Trade Zone",
                    f"{p} free trade zone",
                    f"{p} Pilot FTZ",
                    f"{p} FTZ",
                ],
            )
        )
    return g


EXTRA_LOCAL = [
    (
        "beijing_sci_tech_commission",
        "government",
        [
            "Beijing Municipal Science and Technology Commission",
            "Beijing Municipal Science & Technology Commission",
            "Administrative Commission of Zhongguancun Science Park",
        ],
    ),
    ("beijing_econ_it_bureau", "government", ["Beijing Municipal Bureau of Economy and Information Technology"]),
    (
        "shanghai_sci_tech_commission",
        "government",
        [
            "Science and Technology Commission of Shanghai Municipality",
            "Shanghai Municipal Science and Technology Commission",
        ],
    ),
    ("shanghai_econ_info_commission", "government", ["Shanghai Municipal Commission of Economy and Informatization"]),
    ("shanghai_culture_tourism", "government", ["Shanghai Municipal Administration of Culture and Tourism"]),
    ("beijing_culture_tourism", "government", ["Beijing Municipal Bureau of Culture and Tourism"]),
    ("shenzhen_commerce", "government", ["Shenzhen Municipal Bureau of Commerce", "Shenzhen Commerce Bureau"]),
    ("guangzhou_commerce", "government", ["Guangzhou Municipal Bureau of Commerce", "Guangzhou Commerce Bureau"]),
    (
        "xiongan_admin",
        "government",
        ["Xiong'an New Area Administrative Committee", "Administrative Committee of Xiong'an New Area"],
    ),
    ("pudong_gov", "government", ["Pudong New Area government", "Pudong New Area People's Government"]),
    ("binhai_gov", "government", ["Binhai New Area government"]),
    ("hainan_ftp_admin", "government", ["Hainan Free Trade Port Working Committee Office"]),
]


# ---------------------------------------------------------------- parse data
def parse():
    orgs = []
    for f in sorted(HERE.glob("d*.txt")):
        label = None
        for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                label = line[1:].strip()
                assert label in LABELS, (f, ln, label)
                continue
            s, pats = [x.strip() for x in line.split("|", 1)]
            pats = [p.strip() for p in pats.split(";") if p.strip()]
            assert re.fullmatch(r"[a-z0-9_]+", s), (f, ln, s)
            orgs.append((s, label, pats))
    orgs += generated()
    orgs += EXTRA_LOCAL
    return orgs


def main():
    orgs = parse()
    slugs = [o[0] for o in orgs]
    dup = {s for s in slugs if slugs.count(s) > 1}
    assert not dup, dup
    owner = {}
    rows = []
    problems = []
    for s, label, pats in orgs:
        seen = set()
        n = 0
        for p0 in pats:
            for p in variants(p0):
                if p in seen:
                    continue
                seen.add(p)
                if p in owner:
                    problems.append(f"pattern {p!r} in {owner[p]} and {s}")
                    continue
                owner[p] = s
                n += 1
                rows.append({"id": f"gaz.org.{s}.{n}", "label": label, "pattern": p, "org": s})
    places = {json.loads(line)["pattern"] for line in open(sys.argv[2], encoding="utf-8")}
    for r in rows:
        if r["pattern"] in places:
            problems.append(f"org pattern equals place: {r['pattern']!r} ({r['org']})")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "patterns,", len(orgs), "orgs")


main()
