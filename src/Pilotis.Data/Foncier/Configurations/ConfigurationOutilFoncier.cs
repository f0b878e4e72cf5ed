using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;

namespace Pilotis.Data.Foncier.Configurations;

internal sealed class ConfigurationOutilFoncier : IEntityTypeConfiguration<OutilFoncier>
{
    public void Configure(EntityTypeBuilder<OutilFoncier> b)
    {
        b.ToTable("OutilsFonciers");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(OutilFoncier.LongueurNomMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Perimetre).HasMaxLength(OutilFoncier.LongueurPerimetreMaximum);
        b.Property(x => x.Zone).HasMaxLength(OutilFoncier.LongueurZoneMaximum);
        b.Property(x => x.PartLls).HasPrecision(5, 4);
        b.Property(x => x.Montant).HasPrecision(14, 2);
        b.Property(x => x.DecoteFonciere).HasPrecision(14, 2);
        b.Property(x => x.Observations).HasMaxLength(SiteFoncier.LongueurObservationsMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        b.HasIndex(x => new { x.DepartementCode, x.Type });
        b.HasIndex(x => x.CommuneCode);
        b.HasIndex(x => x.EpciSiren);
        // Les alertes de fin de portage partent des conventions qui finissent bientôt.
        b.HasIndex(x => new { x.Type, x.DateFin });
        b.HasIndex(x => x.PorteurId);
        b.HasIndex(x => x.SiteId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.PorteurId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SiteFoncier>().WithMany().HasForeignKey(x => x.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
