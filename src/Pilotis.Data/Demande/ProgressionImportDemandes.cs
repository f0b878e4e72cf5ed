using System.Diagnostics;
using CsvHelper;
using Pilotis.Data.Csv;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Demande;
using F = Pilotis.Data.Demande.FormatDemandes;

namespace Pilotis.Data.Demande;

/// <summary>Étape de l'import et nombre de lignes traitées, pour une barre de progression.</summary>
public sealed record ProgressionImportDemandes(string Phase, long Lignes);
