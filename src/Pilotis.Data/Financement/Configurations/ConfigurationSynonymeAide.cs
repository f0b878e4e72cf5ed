using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement.Configurations;

internal sealed class ConfigurationSynonymeAide : IEntityTypeConfiguration<SynonymeAide>
{
    /// <summary>
    /// Le vocabulaire du logement social (ticket 13, ADR 0022), semé par la migration : un administrateur de la DDTM le
    /// complète ensuite (page /aides/synonymes) avec les recherches restées sans résultat.
    /// </summary>
    public static readonly string[] VocabulaireInitial =
    [
        "LLS ; logement social ; logement locatif social ; logement locatif aidé ; HLM ; habitation à loyer modéré",
        "PLAI ; prêt locatif aidé d'intégration",
        "PLUS ; prêt locatif à usage social",
        "PLS ; prêt locatif social",
        "PSLA ; prêt social location-accession ; location-accession",
        "BRS ; bail réel solidaire",
        "VEFA ; vente en l'état futur d'achèvement",
        "acquisition-amélioration ; acquisition amélioration",
        "surcharge foncière ; dépassement de charge foncière",
        "prêt foncier ; prêt Gaïa",
        "démolition-reconstruction ; démolition reconstruction",
        "bailleur social ; organisme HLM ; organisme de logement social ; OLS",
        "réhabilitation ; rénovation",
        "OFS ; organisme de foncier solidaire",
    ];

    public void Configure(EntityTypeBuilder<SynonymeAide> b)
    {
        b.ToTable("SynonymesAides");
        b.HasKey(x => x.Id);
        b.Property(x => x.Expressions).HasMaxLength(1000);
        b.HasData(VocabulaireInitial.Select((e, i) => new SynonymeAide { Id = i + 1, Expressions = e }));
    }
}
