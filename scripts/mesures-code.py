#!/usr/bin/env python3
"""Mesures de la forme du code (ticket 15) : fichiers et lignes par projet, méthodes de plus de 80 lignes,
lignes de plus de 120 caractères, modèles de page qui interrogent la base eux-mêmes ou par une requête partagée.

Usage : python3 scripts/mesures-code.py [--detail] [--racine DOSSIER]
Heuristique textuelle (pas un analyseur C#) : une méthode commence à une ligne de déclaration (modificateur, type,
nom, parenthèse) sans point-virgule final et se termine à l'accolade qui referme la première ouverte ensuite.
Les migrations EF Core (générées) et bin/obj sont exclues.
"""
import os, re, sys

RACINE = (sys.argv[sys.argv.index("--racine") + 1] if "--racine" in sys.argv
          else os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOSSIERS = ["src", "tests", "bench"]
DECL = re.compile(r"^\s*(?:\[[^\]]*\]\s*)*(?:(?:public|private|protected|internal|static|async|override|virtual|"
                  r"sealed|new|partial|abstract|extern|unsafe)\s+)+[\w<>\[\],.?() ]+?\s+[\w<>]+\s*\([^;]*$")
EXCLUS = re.compile(r"\b(class|record|struct|interface|enum|delegate)\b")


def fichiers():
    for d in DOSSIERS:
        for base, reps, noms in os.walk(os.path.join(RACINE, d)):
            reps[:] = [r for r in reps if r not in ("bin", "obj", "Migrations", "node_modules")]
            for n in noms:
                if n.endswith((".cs", ".cshtml")):
                    yield os.path.join(base, n)


def projet(chemin):
    rel = os.path.relpath(chemin, RACINE).split(os.sep)
    return "/".join(rel[:2])


def nettoyer(ligne):
    """La ligne sans le contenu de ses chaînes et caractères ni son commentaire de fin."""
    s = re.sub(r'"(?:\\.|[^"\\])*"', '""', ligne)
    s = re.sub(r"'(?:\\.|[^'\\])'", "''", s)
    return s.split("//")[0]


def methodes_longues(lignes):
    resultat = []
    i = 0
    while i < len(lignes):
        l = lignes[i]
        if DECL.match(l) and not EXCLUS.search(l.split("(")[0]):
            # corps en accolades : la première « { » qui suit avant un « ; » de fin d'expression
            j, profondeur, debut_corps = i, 0, None
            while j < len(lignes):
                s = nettoyer(lignes[j])
                if debut_corps is None and "=>" in s and "{" not in s.split("=>")[0]:
                    # corps d'expression : jusqu'au point-virgule de fin à profondeur nulle (pas celui d'une
                    # instruction d'un lambda passé en argument), parenthèses de la signature comprises
                    k, prof = i, 0
                    while k < len(lignes):
                        t = nettoyer(lignes[k])
                        prof += sum(t.count(c) for c in "({[") - sum(t.count(c) for c in ")}]")
                        if prof <= 0 and t.rstrip().endswith(";"):
                            break
                        k += 1
                    if k - i + 1 > 80:
                        resultat.append((i + 1, k - i + 1, l.strip()[:90]))
                    i = k
                    break
                for c in s:
                    if c == "{":
                        profondeur += 1
                        if debut_corps is None:
                            debut_corps = j
                    elif c == "}":
                        profondeur -= 1
                if debut_corps is not None and profondeur == 0:
                    if j - i + 1 > 80:
                        resultat.append((i + 1, j - i + 1, l.strip()[:90]))
                    break
                if debut_corps is None and s.rstrip().endswith(";"):
                    break
                j += 1
        i += 1
    return resultat


def main():
    detail = "--detail" in sys.argv
    par_projet = {}
    longues, lignes_longues = [], 0
    pages_directes, pages_partagees, pages_mixtes, pages_sans = [], [], [], []
    for f in sorted(fichiers()):
        with open(f, encoding="utf-8-sig") as h:
            lignes = h.read().splitlines()
        p = projet(f)
        nb = par_projet.setdefault(p, [0, 0])
        nb[0] += 1
        nb[1] += len(lignes)
        lignes_longues += sum(1 for l in lignes if len(l) > 120)
        if f.endswith(".cs"):
            for (n, taille, sig) in methodes_longues(lignes):
                longues.append((taille, os.path.relpath(f, RACINE), n, sig))
        if f.endswith(".cshtml.cs"):
            texte = "\n".join(lignes)
            directe = re.search(r"\bPilotisDbContext\b", texte) is not None
            # requête partagée : un type de Pilotis.Data.<Domaine> (Requetes…, statistiques, services) appelé par la page
            partagee = re.search(r"using Pilotis\.Data\.(?!Annuaire|Journal|Base)\w+;", texte) is not None
            rel = os.path.relpath(f, RACINE)
            (pages_mixtes if directe and partagee else pages_directes if directe
             else pages_partagees if partagee else pages_sans).append(rel)
    print("| projet | fichiers | lignes |")
    print("|---|---:|---:|")
    for p, (n, l) in sorted(par_projet.items()):
        print(f"| {p} | {n} | {l} |")
    print(f"| total | {sum(v[0] for v in par_projet.values())} | {sum(v[1] for v in par_projet.values())} |")
    print(f"\nméthodes de plus de 80 lignes : {len(longues)}")
    print(f"lignes de plus de 120 caractères : {lignes_longues}")
    total = len(pages_directes) + len(pages_partagees) + len(pages_mixtes) + len(pages_sans)
    print(f"modèles de page (.cshtml.cs) : {total} ; DbContext seul {len(pages_directes)}, requête partagée de "
          f"Pilotis.Data seule {len(pages_partagees)}, les deux {len(pages_mixtes)}, aucun des deux {len(pages_sans)}")
    if detail:
        for t, f, n, s in sorted(longues, reverse=True):
            print(f"  {t:4d} {f}:{n} {s}")


if __name__ == "__main__":
    main()
