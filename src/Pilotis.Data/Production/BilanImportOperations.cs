using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using C = Pilotis.Data.Production.ColonnesOperations;

namespace Pilotis.Data.Production;

public sealed record BilanImportOperations(
    int Lignes,
    int Operations,
    int Ajoutees,
    int Modifiees,
    int Inchangees,
    IReadOnlyList<ErreurLigne> Erreurs,
    IReadOnlyList<string> Avertissements
)
{
    /// <summary>Durées de la lecture-vérification et de l'écriture (affichées par la ligne de commande).</summary>
    public TimeSpan DureeLecture { get; init; }
    public TimeSpan DureeEcriture { get; init; }

    public bool Reussi => Erreurs.Count == 0;
}
