// Where one build serves several kabupaten: opening a kabupaten's page remembers it, and opening
// the choice page (the home page) again goes straight there. "Ganti kabupaten" links to /#pilih,
// which shows the choice instead; a search in the address (/?q=) is never redirected away.
import { rememberKabupatenHome, rememberedKabupatenHome } from '../lib/kabupaten-choice';

const chosen = document.querySelector<HTMLElement>('[data-kabupaten-home]')?.dataset['kabupatenHome'];
const choicePage = document.getElementById('pilih');
if (chosen) rememberKabupatenHome(chosen);
else if (choicePage && location.hash !== '#pilih' && !location.search) {
  const remembered = rememberedKabupatenHome();
  if (remembered) location.replace(remembered);
}
