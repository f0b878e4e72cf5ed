using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationInscriptionSeance : IEntityTypeConfiguration<InscriptionSeance>
{
    public void Configure(EntityTypeBuilder<InscriptionSeance> b)
    {
        b.ToTable("InscriptionsSeance");
        b.HasKey(x => new { x.SeanceId, x.LogementAAttribuerId });
        b.HasOne<LogementAAttribuer>()
            .WithMany()
            .HasForeignKey(x => x.LogementAAttribuerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.LogementAAttribuerId);
    }
}
