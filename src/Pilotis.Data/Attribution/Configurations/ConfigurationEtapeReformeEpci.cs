using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution.Configurations;

internal sealed class ConfigurationEtapeReformeEpci : IEntityTypeConfiguration<EtapeReformeEpci>
{
    public void Configure(EntityTypeBuilder<EtapeReformeEpci> b)
    {
        b.ToTable("EtapesReformeEpci");
        b.HasKey(x => x.Id);
        b.Property(x => x.EpciSiren).HasMaxLength(9);
        b.Property(x => x.ReferenceActe).HasMaxLength(EtapeReformeEpci.LongueurReferenceMaximum);
        b.Property(x => x.Commentaire).HasMaxLength(EtapeReformeEpci.LongueurCommentaireMaximum);
        b.Property(x => x.Jeton).IsConcurrencyToken();
        // Une étape est franchie une fois : la ressaisir corrige la ligne.
        b.HasIndex(x => new { x.EpciSiren, x.Etape }).IsUnique();
    }
}
