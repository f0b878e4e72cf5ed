using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Data.Demande.Configurations;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement.Configurations;

internal sealed class ConfigurationAide : IEntityTypeConfiguration<Aide>
{
    public void Configure(EntityTypeBuilder<Aide> b)
    {
        b.ToTable("Aides");
        b.HasKey(x => x.Id);
        b.Property(x => x.Slug).HasMaxLength(SlugsAides.LongueurMaximum);
        b.Property(x => x.Nom).HasMaxLength(Aide.LongueurNomMaximum);
        b.Property(x => x.TitreCourt).HasMaxLength(Aide.LongueurNomMaximum);
        b.Property(x => x.Perimetre).HasMaxLength(200);
        b.Property(x => x.Recurrence).HasMaxLength(50);
        b.Property(x => x.UrlOrigine).HasMaxLength(1000);
        b.Property(x => x.UrlCandidature).HasMaxLength(1000);
        b.Property(x => x.Financeurs).EnJson();
        b.Property(x => x.Instructeurs).EnJson();
        b.Property(x => x.Programmes).EnJson();
        b.Property(x => x.Categories).EnJson();
        b.Property(x => x.PublicsCibles).EnJson();
        b.Property(x => x.TypesAide).EnJson();
        b.Property(x => x.Destinations).EnJson();
        b.Property(x => x.EtapesMobilisation).EnJson();
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => x.IdSource).IsUnique();
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => x.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
