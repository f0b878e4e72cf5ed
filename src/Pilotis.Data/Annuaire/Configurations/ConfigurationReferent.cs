using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Annuaire.Configurations;

internal sealed class ConfigurationReferent : IEntityTypeConfiguration<Referent>
{
    public void Configure(EntityTypeBuilder<Referent> b)
    {
        b.ToTable("Referents");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(Referent.LongueurNomMaximum);
        b.Property(x => x.Fonction).HasMaxLength(Referent.LongueurFonctionMaximum);
        b.Property(x => x.Courriel).HasMaxLength(Referent.LongueurCourrielMaximum);
        b.Property(x => x.Telephone).HasMaxLength(Referent.LongueurTelephoneMaximum);
        b.Property(x => x.Disponibilite).HasMaxLength(Referent.LongueurDisponibiliteMaximum);
        // Nom, fonction et organisation normalisés : la somme des longueurs maximales, espaces compris.
        b.Property(x => x.CleRecherche).HasMaxLength(520);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.OrganisationId, x.Theme });
        b.HasIndex(x => x.ConfirmeLe);
    }
}
