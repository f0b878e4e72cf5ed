using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Csv;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using C = Pilotis.Domain.Sru.ColonnesInventaireSru;

namespace Pilotis.Data.Sru;

public sealed record BilanImportInventaireSru(
    int Lignes,
    int Ajoutes,
    int Modifies,
    int Inchanges,
    IReadOnlyList<ErreurLigne> Erreurs
)
{
    public bool Reussi => Erreurs.Count == 0;
}
