using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Information;

namespace Pilotis.Data.Information.Configurations;

internal sealed class ConfigurationInscriptionFormation : IEntityTypeConfiguration<InscriptionFormation>
{
    public void Configure(EntityTypeBuilder<InscriptionFormation> b)
    {
        b.ToTable("InscriptionsFormation");
        b.HasKey(x => x.Id);
        b.Property(x => x.Nom).HasMaxLength(InscriptionFormation.LongueurNomMaximum);
        b.Property(x => x.CommuneCode).HasMaxLength(5);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.DepartementCode).HasMaxLength(3);
        b.Property(x => x.RegionCode).HasMaxLength(3);
        b.Property(x => x.Courriel).HasMaxLength(InscriptionFormation.LongueurCourrielMaximum);
        b.Property(x => x.Commentaire).HasMaxLength(InscriptionFormation.LongueurCommentaireMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // Un élu (son courriel) s'inscrit une fois à une session.
        b.HasIndex(x => new { x.SessionId, x.Courriel }).IsUnique();
        // L'indicateur compte les communes formées d'un département.
        b.HasIndex(x => new { x.DepartementCode, x.CommuneCode });
        b.HasOne<SessionFormation>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
