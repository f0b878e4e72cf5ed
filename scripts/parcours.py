#!/usr/bin/env python3
"""Parcours d'un cas d'usage (ticket 15) : à partir des fichiers d'entrée (commande, page, point d'API), les fichiers
du dépôt qui déclarent un type Pilotis que ces entrées nomment, sur un niveau (--niveaux N pour plus), hors plomberie commune (DbContext,
infrastructure web, table des habilitations, noyau Commun). Donne le nombre de fichiers et de projets traversés.

Usage : python3 scripts/parcours.py [--racine DOSSIER] [--niveaux N] ENTREE [ENTREE…]
"""
import os, re, sys

args = sys.argv[1:]
racine = args[args.index("--racine") + 1] if "--racine" in args else "."
niveaux = int(args[args.index("--niveaux") + 1]) if "--niveaux" in args else 1
entrees = [a for i, a in enumerate(args) if not a.startswith("--") and (i == 0 or not args[i - 1].startswith("--"))]
EXCLUS = re.compile(r"(Infrastructure/|PilotisDbContext\.cs|Habilitations\.cs|/Commun/|Migrations/|/obj/|/bin/)")

declarations = {}
for base, reps, noms in os.walk(os.path.join(racine, "src")):
    reps[:] = [r for r in reps if r not in ("bin", "obj", "Migrations")]
    for n in noms:
        if n.endswith(".cs"):
            chemin = os.path.relpath(os.path.join(base, n), racine)
            texte = open(os.path.join(racine, chemin), encoding="utf-8-sig").read()
            for m in re.finditer(r"\b(?:class|record|enum|struct|interface)\s+([A-Z]\w*)", texte):
                declarations.setdefault(m.group(1), chemin)


def references(chemin):
    texte = open(os.path.join(racine, chemin), encoding="utf-8-sig").read()
    if chemin.endswith(".cshtml.cs") and os.path.exists(os.path.join(racine, chemin[:-3])):
        texte += open(os.path.join(racine, chemin[:-3]), encoding="utf-8-sig").read()
    return {declarations[t] for t in set(re.findall(r"\b[A-Z]\w*\b", texte)) if t in declarations}


vus = set(entrees)
niveau = set(entrees)
for _ in range(niveaux):
    suivant = set()
    for f in niveau:
        suivant |= {r for r in references(f) if not EXCLUS.search(r)}
    niveau = suivant - vus
    vus |= suivant
projets = sorted({f.split("/")[1] for f in vus})
for f in sorted(vus):
    print("  " + f)
print(f"{len(vus)} fichiers, {len(projets)} projets : {', '.join(projets)}")
