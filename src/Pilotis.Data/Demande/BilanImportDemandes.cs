using System.Diagnostics;
using CsvHelper;
using Pilotis.Data.Csv;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Demande;
using F = Pilotis.Data.Demande.FormatDemandes;

namespace Pilotis.Data.Demande;

public sealed record BilanImportDemandes(
    long Lignes,
    long Ajoutees,
    long Modifiees,
    long Inchangees,
    IReadOnlyList<ErreurLigne> Erreurs,
    long NombreErreurs,
    IReadOnlyList<string> Avertissements
)
{
    public TimeSpan DureeVerification { get; init; }
    public TimeSpan DureeEcriture { get; init; }

    /// <summary>PostgreSQL : dans l'écriture, le COPY en table temporaire puis la fusion ensembliste.</summary>
    public TimeSpan DureeCopie { get; init; }
    public TimeSpan DureeFusion { get; init; }
    public bool Reussi => NombreErreurs == 0;
}
