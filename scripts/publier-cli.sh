#!/usr/bin/env bash
# Construit la ligne de commande `pilotis` pour l'exploitation : précompilée (ReadyToRun) pour la machine, elle démarre
# sans compiler à la volée le code d'EF Core et de Pilotis (un import de quelques lignes en paie sinon l'essentiel,
# bench/README.md « Démarrage de la ligne de commande »). Le paquet du compilateur (Crossgen2) vient de NuGet.
# Usage : scripts/publier-cli.sh [dossier de sortie (publication/pilotis)] [RID (linux-x64)]
set -euo pipefail
cd "$(dirname "$0")/.."
sortie=${1:-publication/pilotis}
rid=${2:-linux-x64}
dotnet publish src/Pilotis.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$sortie" -nologo -v q
echo "Ligne de commande publiée : $sortie/pilotis (ReadyToRun, $rid)"
