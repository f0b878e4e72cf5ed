using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Lissage;
using Pilotis.Web.Features.Territoire;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>Réponse de GET /api/v1/statistiques/production/lissage : toujours douze mois, dans l'ordre.</summary>
public sealed record ReponseLissage(
    int Annee,
    IReadOnlyList<MoisLissage> Mois,
    int LogementsAgreesTotal,
    double PartLogementsAgreesApres1erNovembre
)
{
    public static ReponseLissage Depuis(TableauLissage t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return new(t.Annee, t.Mois, t.LogementsAgreesTotal, t.PartLogementsAgreesApres1erNovembre);
    }
}
