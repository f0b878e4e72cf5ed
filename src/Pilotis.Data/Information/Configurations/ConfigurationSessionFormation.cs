using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationSessionFormation : IEntityTypeConfiguration<SessionFormation>
{
    public void Configure(EntityTypeBuilder<SessionFormation> b)
    {
        b.ToTable("SessionsFormation");
        b.HasKey(x => x.Id);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Lieu).HasMaxLength(SessionFormation.LongueurLieuMaximum);
        b.Property(x => x.Formateur).HasMaxLength(SessionFormation.LongueurFormateurMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // La liste filtre par département, année (date) et thème.
        b.HasIndex(x => new { x.DepartementCode, x.Date });
    }
}
