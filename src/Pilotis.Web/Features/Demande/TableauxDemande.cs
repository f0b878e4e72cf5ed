using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Web.Features.Demande;

public sealed record TableauxDemande(
    SyntheseDemandes Synthese,
    IReadOnlyList<LigneTerritoireDemande> ParEpci,
    IReadOnlyList<LigneTerritoireDemande> ParCommune,
    IReadOnlyList<(Typologies Typologie, int Actives)> ParTypologie,
    IReadOnlyList<(TrancheAnciennete Tranche, int Actives)> ParAnciennete,
    IReadOnlyList<(int Personnes, int Actives)> ParTaille,
    IReadOnlyList<(string Libelle, int Actives)> ParPriorite
);
