using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>Périmètre vérifié dans le référentiel, avec son rattachement déduit (ou les erreurs, par champ).</summary>
public sealed record PerimetreResolu(NiveauPerimetre Niveau, string Code, string DepartementCode, string RegionCode)
{
    public Localisation Localisation =>
        new(
            Niveau == NiveauPerimetre.Commune ? Code : null,
            Niveau == NiveauPerimetre.Epci ? Code : null,
            DepartementCode,
            RegionCode
        );
}
