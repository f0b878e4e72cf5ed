using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Web.Features.Demande;

public sealed record SyntheseDemandes(
    int Actives,
    int ARenouveler,
    int Attributions12Mois,
    int Radiations12Mois,
    decimal? Pression,
    decimal AncienneteMoyenneMois,
    int Dalo,
    int Prioritaires,
    int Mutations
);
