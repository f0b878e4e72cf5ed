using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationDecisionCaleol : IEntityTypeConfiguration<DecisionCaleol>
{
    public void Configure(EntityTypeBuilder<DecisionCaleol> b)
    {
        b.ToTable("DecisionsCaleol");
        b.HasKey(x => x.Id);
        b.Property(x => x.Motif).HasMaxLength(DecisionCaleol.LongueurMotifMaximum);
        b.Property(x => x.MotifRefus).HasMaxLength(DecisionCaleol.LongueurMotifMaximum);
        b.HasOne<SeanceCaleol>().WithMany().HasForeignKey(x => x.SeanceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LogementAAttribuer>()
            .WithMany()
            .HasForeignKey(x => x.LogementAAttribuerId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DemandeLogement>().WithMany().HasForeignKey(x => x.DemandeId).OnDelete(DeleteBehavior.Restrict);
        // Une décision par candidat et par séance.
        b.HasIndex(x => new
            {
                x.SeanceId,
                x.LogementAAttribuerId,
                x.DemandeId,
            })
            .IsUnique();
        b.HasIndex(x => x.LogementAAttribuerId);
    }
}
