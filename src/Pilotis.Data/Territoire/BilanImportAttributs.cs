using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record BilanImportAttributs(
    int Lignes,
    int Ajoutes,
    int Modifies,
    int Inchanges,
    IReadOnlyList<ErreurLigne> Erreurs
)
{
    public bool Reussi => Erreurs.Count == 0;
}
