using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Web.Features.Demande;

/// <summary>Une ligne d'un tableau par territoire (EPCI ou commune du premier choix).</summary>
public sealed record LigneTerritoireDemande(
    string Code,
    string Nom,
    int Actives,
    int Dalo,
    int Prioritaires,
    int Attributions12Mois,
    decimal? Pression,
    decimal AncienneteMoyenneMois
);
