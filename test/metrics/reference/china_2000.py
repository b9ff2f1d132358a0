"""Independent reference values for test/metrics/china.test.ts.

Standard library only. Run once from the repository root:
    python3 test/metrics/reference/china_2000.py
and paste the printed values into the test. The formulas are written from their textbook
definitions (pairwise Gini, closed-form OLS with centred sums), not from the TypeScript code.
Sums use math.fsum (exactly rounded) so these values are accurate to the last digit or so.
"""
import csv
import math
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "fixtures"


def read(name):
    with open(FIXTURES / name, newline="") as f:
        return list(csv.DictReader(f))


rows2000 = read("china-provinces-2000.csv")
rows2020 = {r["iso"]: r for r in read("china-provinces-2020.csv")}

pop = [float(r["population_2000_10k"]) * 1e4 for r in rows2000]
gdp = [float(r["gdp_2000_100m_yuan"]) * 1e8 for r in rows2000]
x = [g / p for g, p in zip(gdp, pop)]  # GDP per person, yuan, 2000
groups = [r["group"] for r in rows2000]
n = len(x)
W = math.fsum(pop)

mean = math.fsum(x) / n
wmean = math.fsum(w * v for w, v in zip(pop, x)) / W
sd = math.sqrt(math.fsum((v - mean) ** 2 for v in x) / n)
wsd = math.sqrt(math.fsum(w * (v - wmean) ** 2 for w, v in zip(pop, x)) / W)
logs = [math.log(v) for v in x]
lmean = math.fsum(logs) / n
sdlog = math.sqrt(math.fsum((l - lmean) ** 2 for l in logs) / n)


def theil(vals, ws):
    tot = math.fsum(ws)
    m = math.fsum(w * v for w, v in zip(ws, vals)) / tot
    return math.fsum((w / tot) * (v / m) * math.log(v / m) for w, v in zip(ws, vals))


T = theil(x, pop)
between_terms, within_terms, parts = [], [], []
for g in sorted(set(groups)):
    idx = [i for i in range(n) if groups[i] == g]
    Wg = math.fsum(pop[i] for i in idx)
    mg = math.fsum(pop[i] * x[i] for i in idx) / Wg
    share = Wg * mg / (W * wmean)
    Tg = theil([x[i] for i in idx], [pop[i] for i in idx])
    between_terms.append((Wg / W) * (mg / wmean) * math.log(mg / wmean))
    within_terms.append(share * Tg)
    parts.append((g, share, Tg))


def gini_pairs(vals, ws):
    """Mean absolute difference over all ordered pairs / (2 * mean): the definition."""
    tot = math.fsum(ws)
    m = math.fsum(w * v for w, v in zip(ws, vals)) / tot
    s = math.fsum(wi * wj * abs(vi - vj) for wi, vi in zip(ws, vals) for wj, vj in zip(ws, vals))
    return s / (2 * tot * tot * m)


line = 10000.0  # an arbitrary poverty line in yuan per person, for the test only
poor = math.fsum(w for w, v in zip(pop, x) if v < line) / W

# beta-convergence 2000 -> 2020 (nominal GDP per person), OLS and population-weighted WLS
x2020 = [
    float(rows2020[r["iso"]]["gdp_2020_100m_yuan"]) * 1e8 / float(rows2020[r["iso"]]["population_2020"])
    for r in rows2000
]
years = 20.0
lx = logs
gy = [(math.log(b) - math.log(a)) / years for a, b in zip(x, x2020)]


def ols(xs, ys, ws):
    tot = math.fsum(ws)
    xm = math.fsum(w * v for w, v in zip(ws, xs)) / tot
    ym = math.fsum(w * v for w, v in zip(ws, ys)) / tot
    sxx = math.fsum(w * (a - xm) ** 2 for w, a in zip(ws, xs))
    sxy = math.fsum(w * (a - xm) * (b - ym) for w, a, b in zip(ws, xs, ys))
    syy = math.fsum(w * (b - ym) ** 2 for w, b in zip(ws, ys))
    b = sxy / sxx
    a = ym - b * xm
    ssr = math.fsum(w * (yy - a - b * xx) ** 2 for w, xx, yy in zip(ws, xs, ys))
    se = math.sqrt(ssr / (len(xs) - 2) / sxx)
    r2 = 1 - ssr / syy
    speed = -math.log(1 + b * years) / years
    return b, se, r2, speed, math.log(2) / speed


out = {
    "n": n,
    "mean": mean,
    "weightedMean": wmean,
    "cv": sd / mean,
    "weightedCv": wsd / wmean,
    "sdLog": sdlog,
    "theil": T,
    "between": math.fsum(between_terms),
    "within": math.fsum(within_terms),
    "giniWeighted": gini_pairs(x, pop),
    "giniUnweighted": gini_pairs(x, [1.0] * n),
    "povertyRate10000": poor,
    "sdLog2020": math.sqrt(math.fsum((math.log(v) - math.fsum(map(math.log, x2020)) / n) ** 2 for v in x2020) / n),
}
for k, v in out.items():
    print(f"{k}: {v!r}")
for g, share, Tg in parts:
    print(f"group {g}: share {share!r}, theil {Tg!r}")
for name, ws in (("ols", [1.0] * n), ("wls", pop)):
    b, se, r2, speed, half = ols(lx, gy, ws)
    print(f"{name}: beta {b!r}, se {se!r}, r2 {r2!r}, speed {speed!r}, halfLife {half!r}")
