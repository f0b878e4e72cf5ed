using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record BilanImportReferentiel(
    string Version,
    int Regions,
    int Departements,
    int Epci,
    int Communes,
    int Ajoutees,
    int Modifiees,
    int Supprimees,
    TimeSpan Duree
)
{
    public bool SansChangement => Ajoutees == 0 && Modifiees == 0 && Supprimees == 0;
}
