using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationSeanceCaleol : IEntityTypeConfiguration<SeanceCaleol>
{
    public void Configure(EntityTypeBuilder<SeanceCaleol> b)
    {
        b.ToTable("SeancesCaleol");
        b.HasKey(x => x.Id);
        b.Property(x => x.Lieu).HasMaxLength(SeanceCaleol.LongueurLieuMaximum);
        b.HasOne<CommissionCaleol>().WithMany().HasForeignKey(x => x.CommissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Presences).WithOne().HasForeignKey(x => x.SeanceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Inscriptions).WithOne().HasForeignKey(x => x.SeanceId).OnDelete(DeleteBehavior.Cascade);
        // Calendrier : les séances d'une commission dans l'ordre des dates.
        b.HasIndex(x => new { x.CommissionId, x.Date });
    }
}
