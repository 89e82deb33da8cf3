import { describe, expect, it } from 'vitest';
import { keepNamesWhole, wrapText } from '../../src/charts/shared/textMetrics';

const words = (text: string) => keepNamesWhole(text.split(' '));

describe('wrapText', () => {
  it('never breaks a Vietnamese name across lines', () => {
    // On the phone's map the name wraps at about 108 units: before, "Khu CNC Hòa / Lạc".
    expect(wrapText('Khu CNC Hòa Lạc', 108, 14, true)).toEqual(['Khu CNC', 'Hòa Lạc']);
    for (const width of [40, 60, 90, 120])
      for (const line of wrapText('Thái Nguyên and Bắc Kạn merge; Nội Bài International Airport; Viettel An Khánh', width, 13))
        expect(line, `${width}: ${line}`).not.toMatch(/^(Nguyên|Kạn|Bài|Khánh)\b|\b(Thái|Bắc|Nội|An)$/);
  });

  it('joins the syllables of names, not the words of English, Korean or ordinary Vietnamese text', () => {
    expect(words('Sân bay Nội Bài')).toEqual(['Sân', 'bay', 'Nội Bài']);
    expect(words('Hòa Lạc Hi-Tech Park')).toEqual(['Hòa Lạc', 'Hi-Tech', 'Park']);
    expect(words('Khởi công Viettel Tân Phú Trung')).toEqual(['Khởi', 'công', 'Viettel', 'Tân Phú Trung']);
    expect(words('Samsung Electronics Vietnam Thái Nguyên founded')).toEqual(['Samsung', 'Electronics', 'Vietnam', 'Thái Nguyên', 'founded']);
    expect(words('Hồ Chí Minh City')).toEqual(['Hồ Chí Minh', 'City']);
    expect(words('Trung tâm Dữ liệu Quốc gia số 1')).toEqual(['Trung', 'tâm', 'Dữ', 'liệu', 'Quốc', 'gia', 'số', '1']);
    expect(words('Data Center No 1')).toEqual(['Data', 'Center', 'No', '1']);
    expect(words('호아락 하이테크파크')).toEqual(['호아락', '하이테크파크']);
  });
});
