#!/usr/bin/env python3
"""Writes a 180-row manifest of random common Malian names (seeded), for bench/manifest.sh.
usage: bench/manifest-file.py OUT.csv [ROWS] [SEED]
The rows are not drawn from the registry: the verdicts they get say nothing of quality."""
import random, sys

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 180
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 180)
families = "Traoré Coulibaly Diarra Keïta Koné Camara Diallo Sissoko Touré Cissé Sangaré Dembélé Konaté Sidibé Bagayoko Doumbia Kanté Ballo Sylla Tangara".split()
men = "Moussa Mamadou Seydou Oumar Ibrahim Boubacar Adama Lassina Sékou Bakary Modibo Siaka Drissa Souleymane Yacouba".split()
women = "Fatoumata Aminata Mariam Awa Kadiatou Oumou Hawa Assétou Djeneba Rokia Salimata Aïssata Kadidia Bintou Nana".split()
regions = "Kayes Koulikoro Sikasso Ségou Mopti Tombouctou Gao Kidal Bamako".split()
with open(out, "w", encoding="utf-8") as f:
    f.write("nom;prenoms;sexe;date_naissance;prenom_pere;region_origine;telephone\n")
    for _ in range(rows):
        sex = rng.choice("MF")
        given = rng.choice(men if sex == "M" else women)
        year = rng.randint(1970, 2005)
        birth = str(year) if rng.random() < 0.6 else f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        father = rng.choice(men) if rng.random() < 0.5 else ""
        region = rng.choice(regions) if rng.random() < 0.7 else ""
        phone = f"7{rng.randint(0, 9)}{rng.randint(0, 999999):06d}" if rng.random() < 0.3 else ""
        f.write(f"{rng.choice(families)};{given};{sex};{birth};{father};{region};{phone}\n")
